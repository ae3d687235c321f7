/** Web adapters of the outbound channels: the guardians' preferences page and its JSON API. */
package org.tuoyu.messaging.channels.web;
