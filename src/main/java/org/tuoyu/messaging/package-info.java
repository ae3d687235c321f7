/**
 * Home–institution co-education (家园共育): conversations between a child's guardians and the
 * institution, daily reports, photos with consent, announcements, weekly menus and plans, the
 * parents' committee and the outbound notification channels.
 *
 * <p>Features live in sub-packages ({@code conversations}, {@code daily}…); the module root keeps
 * what other modules use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package org.tuoyu.messaging;
