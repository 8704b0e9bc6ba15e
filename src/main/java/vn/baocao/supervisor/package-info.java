/**
 * Hamlet supervisors ("phụ trách ấp"): the committee member who oversees a hamlet hears
 * of its reports privately, is told when it falls behind, and sees its day with
 * /myhamlets.
 */
@NullMarked
package vn.baocao.supervisor;

import org.jspecify.annotations.NullMarked;
