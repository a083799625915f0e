package org.avow.core.model;

/** How an act reached the public (or did not). */
public enum Channel {
    JOINT_STATEMENT, STATEMENT, PRESS_CONFERENCE, SPEECH, INTERVIEW, PARLIAMENT, READOUT,
    SOCIAL_MEDIA, PRIVATE, UNKNOWN
}
