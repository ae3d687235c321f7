/**
 * Web adapters of conversations: the institution's pages ({@code /org/messages/**}), the families'
 * phone-first pages ({@code /family/messages/**}) and the JSON API under {@code /api/v1/messages/**}.
 */
package org.tuoyu.messaging.conversations.web;
