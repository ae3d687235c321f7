/**
 * Institution: the registry of childcare institutions, their sites (one licence, several
 * addresses), classes and places, published fees, the public disclosure page and the nearby
 * directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Institution")
package org.tuoyu.institution;
