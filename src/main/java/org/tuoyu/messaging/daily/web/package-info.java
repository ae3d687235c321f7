/**
 * Web adapters of the daily report: the class's tablet page and a child's day for the institution's
 * staff ({@code /org/daily/**}), the phone pages of the guardians ({@code /family/daily/**}) and the
 * JSON API under {@code /api/v1/daily/**}.
 */
package org.tuoyu.messaging.daily.web;
