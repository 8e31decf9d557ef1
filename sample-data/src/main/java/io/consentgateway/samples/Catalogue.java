package io.consentgateway.samples;

import java.math.BigDecimal;
import java.util.List;

/** The products orders are made of, in fixed Chinese categories, with their prices in CNY. */
final class Catalogue {

    static final List<String> CATEGORIES = List.of("服饰", "美妆", "母婴", "家居", "数码", "食品", "运动", "图书", "个护", "酒水");

    static final List<Product> PRODUCTS = List.of(
            new Product("纯棉圆领T恤", "服饰", "79.00"),
            new Product("羊毛针织开衫", "服饰", "399.00"),
            new Product("直筒牛仔裤", "服饰", "259.00"),
            new Product("轻薄羽绒服", "服饰", "699.00"),
            new Product("玻尿酸保湿精华", "美妆", "289.00"),
            new Product("丝绒哑光口红", "美妆", "199.00"),
            new Product("清透防晒霜", "美妆", "139.00"),
            new Product("氨基酸洁面乳", "美妆", "69.90"),
            new Product("婴儿纸尿裤L码", "母婴", "129.00"),
            new Product("有机婴幼儿米粉", "母婴", "58.00"),
            new Product("儿童安全座椅", "母婴", "1299.00"),
            new Product("宝宝连体衣", "母婴", "89.00"),
            new Product("纯棉床品四件套", "家居", "359.00"),
            new Product("天然乳胶枕", "家居", "199.00"),
            new Product("不锈钢保温杯", "家居", "99.00"),
            new Product("香薰蜡烛", "家居", "69.00"),
            new Product("无线蓝牙耳机", "数码", "499.00"),
            new Product("快充充电宝", "数码", "149.00"),
            new Product("机械键盘", "数码", "399.00"),
            new Product("智能手环", "数码", "249.00"),
            new Product("每日坚果礼盒", "食品", "129.00"),
            new Product("特级西湖龙井", "食品", "268.00"),
            new Product("五常大米5kg", "食品", "89.90"),
            new Product("手工牛轧糖", "食品", "45.00"),
            new Product("专业跑步鞋", "运动", "599.00"),
            new Product("加厚瑜伽垫", "运动", "129.00"),
            new Product("速干运动T恤", "运动", "99.00"),
            new Product("可调节哑铃", "运动", "459.00"),
            new Product("《三体》全集", "图书", "93.00"),
            new Product("《活着》", "图书", "35.00"),
            new Product("少儿百科全书", "图书", "168.00"),
            new Product("《人类简史》", "图书", "68.00"),
            new Product("声波电动牙刷", "个护", "299.00"),
            new Product("洗发护发套装", "个护", "119.00"),
            new Product("保湿身体乳", "个护", "89.00"),
            new Product("电动剃须刀", "个护", "359.00"),
            new Product("宁夏干红葡萄酒", "酒水", "198.00"),
            new Product("精酿啤酒礼盒", "酒水", "158.00"),
            new Product("清香型白酒", "酒水", "299.00"),
            new Product("青梅酒", "酒水", "79.00"));

    private Catalogue() {}

    record Product(String title, String category, BigDecimal price) {

        Product(String title, String category, String price) {
            this(title, category, new BigDecimal(price));
        }
    }
}
