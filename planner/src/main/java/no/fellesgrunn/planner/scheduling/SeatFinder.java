package no.fellesgrunn.planner.scheduling;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds a first table for someone who joins a running schedule (an unannounced arrival, a
 * participant who can now come to another round): a table with a free seat (accessible if
 * needed), at a wished challenge if possible, else the emptiest. The solver improves on it.
 */
final class SeatFinder {
    private SeatFinder() {}

    static EventTable freeTable(EventSchedule schedule, Participant participant, Round round) {
        Map<EventTable, Integer> seated = new HashMap<>();
        for (Seat seat : schedule.getSeats()) {
            if (seat.getRound() == round && seat.getTable() != null) {
                seated.merge(seat.getTable(), 1, Integer::sum);
            }
        }
        Map<EventTable, Challenge> challengeAt = new HashMap<>();
        for (TableRound tableRound : schedule.getTableRounds()) {
            if (tableRound.getRound() == round) {
                challengeAt.put(tableRound.getTable(), tableRound.getChallenge());
            }
        }
        EventTable best = null;
        long bestCost = Long.MAX_VALUE;
        for (EventTable table : schedule.getTables()) {
            int count = seated.getOrDefault(table, 0);
            if (count >= table.getCapacity() || (participant.isNeedsAccessible() && !table.isAccessible())) {
                continue;
            }
            long cost = (long) SchedulingConstraints.wishPoints(participant, challengeAt.get(table)) * 1000 + count;
            if (cost < bestCost) {
                best = table;
                bestCost = cost;
            }
        }
        return best;
    }

    static Participant participant(EventSchedule schedule, String id) {
        return schedule.getParticipants().stream()
                .filter(p -> p.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown participant id " + id));
    }

    static Round round(EventSchedule schedule, String id) {
        return schedule.getRounds().stream()
                .filter(r -> r.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown round id " + id));
    }
}
