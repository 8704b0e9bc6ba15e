/**
 * Drafting a campaign file from the plan's own text ({@code --draft-campaign}): reads the
 * plan (plain text or .docx), finds its hamlets, targets, totals, supervisors, dates and
 * report window, and writes a commented YAML draft that quotes the plan for every value
 * and marks with TODO what it could not read.
 */
@NullMarked
package vn.baocao.draft;

import org.jspecify.annotations.NullMarked;
