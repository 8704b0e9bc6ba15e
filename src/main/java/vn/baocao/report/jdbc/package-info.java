/** Daily reports stored in the database. */
@NullMarked
package vn.baocao.report.jdbc;

import org.jspecify.annotations.NullMarked;
