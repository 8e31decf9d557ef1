package io.consentgateway.gateway.testing;

import io.consentgateway.policies.testing.ChinesePeople;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Channel {@code web} payloads for seeded generated people; each call gives a new person and source id. Give each
 * test its own seed (e.g. its name's hash): tests sharing one gateway must not generate the same people.
 */
public final class WebMembers {

    private final ChinesePeople people;
    private final String runPrefix;
    private final AtomicInteger sequence = new AtomicInteger();

    public WebMembers(long seed, String runPrefix) {
        this.people = new ChinesePeople(seed);
        this.runPrefix = runPrefix;
    }

    /** A valid member with membership consent. */
    public Map<String, Object> aMember() {
        Map<String, Object> member = new HashMap<>();
        member.put("sourceId", runPrefix + "-" + sequence.incrementAndGet());
        member.put("name", people.name());
        member.put("mobile", people.mobile());
        member.put("idNumber", people.idNumber());
        member.put("province", "广东省");
        member.put("city", "深圳市");
        member.put("consents", Map.of("membership", true, "sensitive-pi", true, "marketing", false));
        return member;
    }

    public Map<String, Object> withoutConsent() {
        Map<String, Object> member = aMember();
        member.put("consents", Map.of("marketing", true, "sensitive-pi", true));
        return member;
    }

    public Map<String, Object> withBadCheckDigit() {
        Map<String, Object> member = aMember();
        String id = (String) member.get("idNumber");
        char wrong = id.charAt(17) == '0' ? '1' : '0';
        member.put("idNumber", id.substring(0, 17) + wrong);
        return member;
    }

    /** The same person arriving again under another source id of the channel. */
    public Map<String, Object> samePersonAgain(Map<String, Object> member) {
        Map<String, Object> again = new HashMap<>(member);
        again.put("sourceId", runPrefix + "-" + sequence.incrementAndGet());
        return again;
    }
}
