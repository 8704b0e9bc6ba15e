/**
 * The campaign file: its model, loading and validation, and the calendar of campaign
 * days, report windows, reminders and summaries in the campaign's time zone.
 */
@NullMarked
package vn.baocao.campaign;

import org.jspecify.annotations.NullMarked;
