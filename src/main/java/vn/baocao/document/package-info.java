/**
 * The written report upward (báo cáo sơ kết, or báo cáo tiến độ before the last day): its
 * content computed from the stored reports through the summary's figures (results against
 * the plan, participation, difficulties, an assessment in plain sentences, commendation
 * proposals, a selection of the kept photos), then laid out as a Word document (Apache
 * POI XWPF) in the administrative form the campaign file names.
 */
@NullMarked
package vn.baocao.document;

import org.jspecify.annotations.NullMarked;
