/** Web adapters of announcements: the institution's and the families' pages and the JSON API. */
package org.tuoyu.messaging.announcements.web;
