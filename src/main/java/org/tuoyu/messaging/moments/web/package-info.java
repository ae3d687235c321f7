/**
 * Moments on the web: the institution's pages ({@code /org/moments}: the feed and the tablet form to post),
 * the guardians' phone feed ({@code /family/moments}) and the JSON API ({@code /api/v1/moments/**}) with the
 * photos and thumbnails.
 */
package org.tuoyu.messaging.moments.web;
