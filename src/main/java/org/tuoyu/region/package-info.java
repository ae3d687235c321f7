/**
 * Region: the division tree (city, district, street/town, community/village), resident
 * population by year, the plan's baseline figures and the district outlines for maps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region")
package org.tuoyu.region;
