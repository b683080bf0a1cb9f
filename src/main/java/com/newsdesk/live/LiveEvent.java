package com.newsdesk.live;

/** One server-sent event of a live stream: a change of an entry, or a heartbeat comment (name null). */
record LiveEvent(String name, String id, String data, String comment) {

    static LiveEvent heartbeat() {
        return new LiveEvent(null, null, null, "heartbeat");
    }
}
