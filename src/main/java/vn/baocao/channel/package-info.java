/**
 * The chat platforms: each sub-package is a thin adapter between one platform and the
 * core.
 */
@NullMarked
package vn.baocao.channel;

import org.jspecify.annotations.NullMarked;
