/** Dialogue states stored in the database, as JSON. */
@NullMarked
package vn.baocao.conversation.jdbc;

import org.jspecify.annotations.NullMarked;
