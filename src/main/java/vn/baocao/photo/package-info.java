/**
 * Photos kept for real: each photo a lead sends with a report is fetched from its
 * platform (through the {@link vn.baocao.photo.PhotoSource} each channel provides),
 * checked by its bytes to be JPEG or PNG, size-capped, and stored with the revision in
 * the file store, retried later when a fetch fails; and the .zip of the kept photos for
 * the person who makes the video report.
 */
@NullMarked
package vn.baocao.photo;

import org.jspecify.annotations.NullMarked;
