/**
 * The Zalo channel on the Zalo Bot Platform API: updates by long polling or webhook into
 * the core, replies out as plain text with options turned into numbered lines answered by
 * typing.
 */
@NullMarked
package vn.baocao.channel.zalo;

import org.jspecify.annotations.NullMarked;
