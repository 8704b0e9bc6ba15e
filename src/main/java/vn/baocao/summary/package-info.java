/**
 * The consolidated daily summary and the final campaign report: computed purely from the
 * day's latest revisions, the targets and the ratio, then worded in Vietnamese (the
 * splitting to the channels' message limits is {@code vn.baocao.text}). Plain Java.
 */
@NullMarked
package vn.baocao.summary;

import org.jspecify.annotations.NullMarked;
