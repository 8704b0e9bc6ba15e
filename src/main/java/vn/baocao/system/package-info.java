/**
 * How the application is put together: settings, the database connection, the wiring of
 * the plain-Java core into Spring, start-up checks and the {@code --check-config}
 * command.
 */
@NullMarked
package vn.baocao.system;

import org.jspecify.annotations.NullMarked;
