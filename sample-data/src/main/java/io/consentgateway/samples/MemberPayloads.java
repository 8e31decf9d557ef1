package io.consentgateway.samples;

import java.util.Map;
import java.util.Random;

/**
 * A customer's sign-up record in a member channel's own shape. Our own channels send optional fields at random,
 * always consistent with the ID number; a record carrying an ID number also consents to sensitive personal
 * information, which the gateway requires for it (PIPL Art. 29).
 */
final class MemberPayloads {

    static final int NOTICE_VERSION = 1;

    private final Random random;
    private final PlatformIds platformIds;
    private final Events events;

    MemberPayloads(Random random, PlatformIds platformIds, Events events) {
        this.random = random;
        this.platformIds = platformIds;
        this.events = events;
    }

    /** @param sequence 1-based position among the channel's sign-ups, for our own ids */
    Map<String, Object> signUp(Channel channel, Customer customer, int sequence) {
        return switch (channel) {
            case WEB, APP, MINIPROGRAM, MEMBER_REGISTRATION, PARTNER -> ourNames(channel.label(), customer, sequence);
            case WECHAT -> wechat(customer, platformIds.unionid());
            case DOUYIN -> platform("open_id", platformIds.douyinOpenId(), "mobile", customer);
            case XIAOHONGSHU -> platform("user_id", platformIds.xiaohongshuUserId(), "phone", customer);
            case EVENT_CHECKIN -> checkIn(customer, sequence);
            case TAOBAO, JD, POS -> throw new IllegalArgumentException(channel.label() + " is not a member channel");
        };
    }

    /** The same WeChat user seen by another of the brand's WeChat apps: a new openid, the same unionid. */
    Map<String, Object> wechat(Customer customer, String unionid) {
        Map<String, Object> record = new OrderedFields();
        record.put("openid", platformIds.openid());
        record.put("unionid", unionid);
        record.put("nickname", customer.name());
        record.put("phoneNumber", customer.mobile());
        record.put("province", customer.division().province());
        record.put("city", customer.division().city());
        return withConsents(record, customer, false);
    }

    /** A record with our own field names; the source id starts with the channel name. */
    Map<String, Object> ourNames(String channelName, Customer customer, int sequence) {
        Map<String, Object> record = new OrderedFields();
        record.put("sourceId", String.format("%s-%06d", channelName, sequence));
        record.put("name", customer.name());
        record.put("mobile", customer.mobile());
        boolean withId = random.nextInt(10) < 7;
        if (withId) {
            record.put("idNumber", customer.idNumber());
        }
        if (random.nextBoolean()) {
            record.put("birthDate", customer.birthDate().toString());
        }
        if (random.nextBoolean()) {
            record.put("gender", customer.gender().chinese());
        }
        Division division = customer.division();
        if (random.nextInt(10) < 6) {
            record.put("province", division.province());
            record.put("city", division.city());
            record.put("district", division.district());
        }
        if (random.nextBoolean()) {
            record.put("address", division.spacedAddress(customer.street()));
        }
        if (customer.email() != null) {
            record.put("email", customer.email());
        }
        return withConsents(record, customer, withId);
    }

    private Map<String, Object> platform(String idField, String id, String mobileField, Customer customer) {
        Map<String, Object> record = new OrderedFields();
        record.put(idField, id);
        record.put("nickname", customer.name());
        record.put(mobileField, customer.mobile());
        record.put("city", customer.division().city());
        return withConsents(record, customer, false);
    }

    private Map<String, Object> checkIn(Customer customer, int sequence) {
        Events.CheckIn checkIn = events.checkIn();
        Map<String, Object> record = new OrderedFields();
        record.put("checkinId", String.format("CK%08d", sequence));
        record.put("eventCode", checkIn.eventCode());
        record.put("name", customer.name());
        record.put("mobile", customer.mobile());
        record.put("checkedInAt", checkIn.checkedInAt());
        return withConsents(record, customer, false);
    }

    private static Map<String, Object> withConsents(Map<String, Object> record, Customer customer, boolean sensitive) {
        Map<String, Object> consents = new OrderedFields();
        consents.put("membership", true);
        consents.put("marketing", customer.marketing());
        consents.put("analytics", customer.analytics());
        if (sensitive) {
            consents.put("sensitive-pi", true);
        }
        record.put("noticeVersion", NOTICE_VERSION);
        record.put("consents", consents);
        return record;
    }
}
