/**
 * Web adapters of the platform, and the web helpers other modules' controllers use
 * ({@link org.tuoyu.platform.web.Texts}, {@link org.tuoyu.platform.web.FormErrors},
 * {@link org.tuoyu.platform.web.ProblemTypes}).
 */
@org.springframework.modulith.NamedInterface("web")
package org.tuoyu.platform.web;
