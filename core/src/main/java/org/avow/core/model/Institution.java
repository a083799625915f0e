package org.avow.core.model;

/** The part of a state (or an international organisation) an actor speaks for. */
public enum Institution {
    GOV, HOS, HOG, MFA, MOD, LEG, MIL, EMB, MEDIA, IO
}
