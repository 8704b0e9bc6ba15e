/**
 * The day's schedule: reminders before the window closes and the consolidated summary
 * after it, fired by Quartz from triggers built from the campaign, each run recorded
 * exactly once together with the messages it queued.
 */
@NullMarked
package vn.baocao.schedule;

import org.jspecify.annotations.NullMarked;
