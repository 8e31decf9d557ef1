package io.consentgateway.policies.masking;

import java.util.Set;

/** Common two-character (compound) Chinese surnames, which masking keeps whole: 欧阳娜娜 → 欧阳**. */
final class ChineseSurnames {

    private static final Set<String> COMPOUND = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫",
            "西门", "百里", "呼延", "东郭", "闻人", "澹台", "公冶", "太史", "申屠", "钟离", "赫连", "万俟", "拓跋", "第五", "左丘", "公羊", "濮阳", "淳于",
            "单于", "仲孙", "司空", "亓官", "司寇", "巫马", "公西", "漆雕", "乐正", "壤驷", "谷梁", "宰父", "段干", "东门", "梁丘", "羊舌");

    private ChineseSurnames() {}

    static boolean isCompound(String name) {
        return name.length() >= 2 && COMPOUND.contains(name.substring(0, 2));
    }
}
