package no.fellesgrunn.infra.demo;

import java.util.List;

/**
 * Common Norwegian given names and surnames (with some of the names of Norway's Sami and
 * immigrant populations), so demo participants look like a real regional event.
 */
final class NorwegianNames {
    static final List<String> GIVEN = List.of(
            "Kari", "Ola", "Ingrid", "Lars", "Anne", "Per", "Marit", "Knut", "Silje", "Jon", "Hanne", "Erik",
            "Ida", "Bjørn", "Nora", "Magnus", "Sigrid", "Håkon", "Tone", "Øystein", "Randi", "Jørgen", "Liv",
            "Sander", "Camilla", "Thomas", "Ragnhild", "Eirik", "Hilde", "Vegard", "Astrid", "Kristian", "Mari",
            "Fredrik", "Solveig", "Andreas", "Åse", "Trond", "Emma", "Henrik", "Máret", "Ánte", "Inga", "Nils",
            "Mohammed", "Amina", "Ali", "Fatima", "Agnieszka", "Tomasz", "Olena", "Abdi", "Hodan", "Linh", "Sara");
    static final List<String> FAMILY = List.of(
            "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
            "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
            "Jacobsen", "Dahl", "Jørgensen", "Henriksen", "Lund", "Halvorsen", "Sørensen", "Moen", "Gundersen",
            "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken",
            "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Sara", "Eira", "Ahmed", "Hussein", "Nowak",
            "Nguyen", "Mohamed", "Kovalenko", "Fjeldstad", "Nordvik", "Sandnes", "Bø", "Rønning");

    private NorwegianNames() {
    }
}
