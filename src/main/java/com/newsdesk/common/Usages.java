package com.newsdesk.common;

import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Refuses to delete an item that something still uses (409, naming how many). */
@ApplicationScoped
public class Usages {

    private final Instance<Usage> usages;

    Usages(Instance<Usage> usages) {
        this.usages = usages;
    }

    public void requireUnused(String kind, UUID id, String label) {
        List<String> uses = new ArrayList<>();
        for (Usage usage : usages) {
            if (usage.of().equals(kind)) {
                long count = usage.count(id);
                if (count > 0) {
                    uses.add(count + " " + usage.users());
                }
            }
        }
        if (!uses.isEmpty()) {
            throw new ProblemException.Conflict(
                    label + " is still used by " + String.join(" and ", uses) + "; remove those uses first.", null);
        }
    }
}
