package com.siteline.sla;

import java.util.List;

/** The issue categories every variant has (产品功能, 技术支持, 工期, 合同条款, 付款结算, 质量验收, 售后, 服务态度, 其他). */
public final class CoreIssueCategories {

    public static final List<String> IDS = List.of(
            "product-function",
            "technical-support",
            "schedule",
            "contract-terms",
            "payment",
            "quality-acceptance",
            "after-sales",
            "service-attitude",
            "other");

    private CoreIssueCategories() {}
}
