/**
 * Text helpers every channel and the core share: the one message splitter that cuts a
 * long text to a channel's message limit. Plain Java, depends on nothing but the
 * campaign's {@code Channel}.
 */
@NullMarked
package vn.baocao.text;

import org.jspecify.annotations.NullMarked;
