/**
 * The daily report: answer values, how typed input becomes a value (vi-VN numbers
 * included), and daily reports with their revisions, on time or late.
 */
@NullMarked
package vn.baocao.report;

import org.jspecify.annotations.NullMarked;
