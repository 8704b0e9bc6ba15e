/** The roster and invitations stored in the database. */
@NullMarked
package vn.baocao.roster.jdbc;

import org.jspecify.annotations.NullMarked;
