package org.tuoyu.statistics;

/** A point on the one map, GCJ-02 like every coordinate the platform stores. */
public record StatisticsMapPoint(double lat, double lng) {
}
