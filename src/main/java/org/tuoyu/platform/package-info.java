/**
 * Platform: security and accounts with data scopes, audit log, notifications, working-day
 * calendar, error handling, i18n and the page layout shared by every face.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.tuoyu.platform;
