/**
 * Benchmarks run by {@code scripts/bench.sh}, never by the test suite: each main class
 * prints rows of the performance table ({@code | measure | result | goal | met |}).
 */
@NullMarked
package vn.baocao.bench;

import org.jspecify.annotations.NullMarked;
