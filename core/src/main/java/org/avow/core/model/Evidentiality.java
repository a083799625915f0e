package org.avow.core.model;

/** How the text knows that the act happened. */
public enum Evidentiality {
    DIRECT_QUOTE, ATTRIBUTED, ANONYMOUS_SOURCES, MEDIA_REPORT
}
