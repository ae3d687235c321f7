/**
 * Web adapters of the parents' committee and public texts: the institution's page
 * ({@code /org/committee}), the guardians' phone page ({@code /family/committee}) and the JSON API
 * under {@code /api/v1/committee/**}.
 */
package org.tuoyu.messaging.committee.web;
