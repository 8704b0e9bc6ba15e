/**
 * What an operator watches and does: Micrometer metrics for Prometheus, health
 * indicators, backups and restores of the SQLite file, and the pruning of what only
 * grows. Nothing else depends on this package.
 */
@NullMarked
package vn.baocao.operations;

import org.jspecify.annotations.NullMarked;
