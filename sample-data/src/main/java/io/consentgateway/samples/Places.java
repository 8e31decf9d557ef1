package io.consentgateway.samples;

import java.util.List;

/** The real divisions customers live in and the stores that send POS files. */
final class Places {

    static final List<Division> DIVISIONS = List.of(
            new Division("110101", "北京市", "北京市", "东城区", List.of("王府井大街", "东直门内大街", "交道口南大街")),
            new Division("110105", "北京市", "北京市", "朝阳区", List.of("建国路", "朝阳北路", "望京街")),
            new Division("310104", "上海市", "上海市", "徐汇区", List.of("漕溪北路", "肇嘉浜路", "天钥桥路")),
            new Division("310115", "上海市", "上海市", "浦东新区", List.of("世纪大道", "张杨路", "陆家嘴环路")),
            new Division("440305", "广东省", "深圳市", "南山区", List.of("科技南十二路", "深南大道", "南海大道")),
            new Division("440106", "广东省", "广州市", "天河区", List.of("天河路", "体育西路", "珠江新城华夏路")),
            new Division("330106", "浙江省", "杭州市", "西湖区", List.of("文三路", "天目山路", "曙光路")),
            new Division("510107", "四川省", "成都市", "武侯区", List.of("人民南路四段", "科华北路", "武侯祠大街")),
            new Division("420106", "湖北省", "武汉市", "武昌区", List.of("中南路", "武珞路", "中北路")),
            new Division("320106", "江苏省", "南京市", "鼓楼区", List.of("中山北路", "湖南路", "广州路")));

    static final List<Store> STORES = List.of(
            new Store("BJ001", "北京市"),
            new Store("SH001", "上海市"),
            new Store("SH002", "上海市"),
            new Store("SZ001", "深圳市"),
            new Store("HZ001", "杭州市"),
            new Store("CD001", "成都市"));

    private Places() {}

    /** A store in the customer's city if there is one. */
    record Store(String code, String city) {}
}
