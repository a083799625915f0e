package org.avow.core.model;

import java.util.Objects;

/**
 * A resolved speaker or addressee: a named person in the role they held on the date, an unnamed
 * official with a role, or a government (from a country name or metonym).
 *
 * @param id          stable id: a person id, or COUNTRY/INSTITUTION/ROLE for unnamed actors
 * @param name        display name as resolved ("Shigeo Yamada", "Japan", "deputy spokesperson")
 * @param country     ISO 3166-1 alpha-3, or an organisation id (NATO, EU, UN, G7, ASEAN)
 * @param tenure      the tenure that matched for a named person, else null
 */
public record Actor(String id, String name, String country, Institution institution, Role role,
                    boolean named, Tenure tenure) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(role, "role");
    }

    public static Actor government(String country, Institution institution, Role role, String name) {
        return new Actor(country + "/" + institution + "/" + role, name, country, institution, role, false, null);
    }
}
