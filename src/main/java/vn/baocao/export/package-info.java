/**
 * What the committee forwards upward: Excel workbooks of a day and of a range of campaign
 * days (Apache POI) and the progress chart as a picture (JFreeChart, drawn with a font
 * shipped with the application), all computed from the summary package's figures.
 */
@NullMarked
package vn.baocao.export;

import org.jspecify.annotations.NullMarked;
