/**
 * Web adapters of weekly menus and plans: the institution's pages ({@code /org/menus/**}), the
 * guardians' phone pages ({@code /family/menus/**}) and the JSON API under {@code /api/v1/menus/**}.
 */
package org.tuoyu.messaging.menus.web;
