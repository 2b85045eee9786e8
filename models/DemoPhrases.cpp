// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPhrases.h"

#include "DemoRandom.h"

namespace DemoPhrases {

const QList<DemoTopic>& topics()
{
    static const QList<DemoTopic> all{
        {"runtime_performance",
         "performance",
         {"cut GC pauses", "降低 GC 停顿"},
         {"Flame graphs show JSON encoding allocating on every request, and GC pauses spike "
          "at peak traffic.",
          "火焰图显示每个请求都在 JSON 编码时分配内存，高峰期 GC 停顿明显升高。"},
         {{{"sync.Pool buffer reuse", "sync.Pool 复用缓冲区"},
           {"GOGC tuning", "GOGC 调优"},
           {"a hand-written arena allocator", "手写 arena 分配器"}}},
         {{"GC pause", "GC 停顿"}, {"ms", "毫秒"}, 82, 0.12, false}},
        {"runtime_performance",
         "performance",
         {"bound memory use under load", "在高负载下限制内存占用"},
         {"Containers are OOM-killed during traffic bursts although the average heap is small.",
          "流量突增时容器被 OOM 杀掉，而平均堆内存并不高。"},
         {{{"GOMEMLIMIT", "设置 GOMEMLIMIT"},
           {"a larger memory limit", "更高的内存上限"},
           {"gateway load shedding", "网关过载丢弃"}}},
         {{"P99 latency", "P99 延迟"}, {"ms", "毫秒"}, 320, 0.15, false}},
        {"runtime_performance",
         "performance",
         {"raise throughput per core", "提高单核吞吐"},
         {"The service needs forty cores at peak; profiles point at lock contention in the "
          "cache.",
          "服务高峰期要四十个核，剖析结果指向缓存里的锁竞争。"},
         {{{"a sharded cache", "分片缓存"},
           {"sync.Map", "sync.Map"},
           {"more replicas", "水平扩容"}}},
         {{"QPS per instance", "单实例 QPS"}, {"req/s", "次/秒"}, 4200, 1.23, true}},
        {"distributed_architecture",
         "architecture",
         {"keep configuration consistent across services", "保证各服务配置一致"},
         {"Configuration files are copied by hand to each service and drift between "
          "environments.",
          "配置文件手工复制到各个服务，环境之间经常不一致。"},
         {{{"an etcd-backed config center", "基于 etcd 的配置中心"},
           {"Apollo", "Apollo"},
           {"GitOps-pushed configuration", "GitOps 推送配置"}}},
         {{"config rollout time", "配置发布耗时"}, {"min", "分钟"}, 30, 0.1, false}},
        {"distributed_architecture",
         "consistency",
         {"keep orders and payments consistent", "保证订单与支付数据一致"},
         {"Orders and payments live in separate databases; a failed step leaves orphaned rows.",
          "订单和支付分属不同数据库，某一步失败就会留下孤立数据。"},
         {{{"a Saga with compensating steps", "带补偿步骤的 Saga"},
           {"TCC", "TCC"},
           {"two-phase commit", "两阶段提交"}}},
         {{"inconsistent orders per day", "每日不一致订单"}, {"orders", "单"}, 40, 0.05, true}},
        {"distributed_architecture",
         "observability",
         {"trace requests across services", "跨服务追踪请求"},
         {"Slow requests cannot be followed through the twelve services they touch.",
          "慢请求要经过十几个服务，无法串起完整链路。"},
         {{{"OpenTelemetry", "OpenTelemetry"},
           {"the Jaeger client", "Jaeger 客户端"},
           {"SkyWalking", "SkyWalking"}}},
         {{"MTTR", "平均恢复时间"}, {"min", "分钟"}, 47, 0.13, false}},
        {"distributed_architecture",
         "architecture",
         {"stop abandoned work across services", "在服务间及时取消已放弃的请求"},
         {"Downstream calls keep running after the client has given up, wasting capacity.",
          "客户端放弃后下游调用仍在执行，白白占用资源。"},
         {{{"end-to-end context deadlines", "端到端的 context 截止时间"},
           {"per-service timeouts", "逐个服务设置超时"},
           {"a cancellation topic", "消息总线广播取消"}}},
         {{"wasted CPU", "浪费的 CPU"}, {"cores", "核"}, 48, 0.55, true}},
        {"engineering_efficiency",
         "tooling",
         {"catch common mistakes before review", "在评审前发现常见错误"},
         {"Reviews keep flagging the same error-handling and naming mistakes.",
          "代码评审反复指出同样的错误处理和命名问题。"},
         {{{"golangci-lint in CI", "CI 中的 golangci-lint"},
           {"a review checklist", "评审检查清单"},
           {"go vet", "go vet"}}},
         {{"review rounds per PR", "每个 PR 的评审轮数"}, {"rounds", "轮"}, 3.4, 0.6, false}},
        {"engineering_efficiency",
         "tooling",
         {"stop hand-writing API clients", "不再手写 API 客户端"},
         {"Every team writes its own client for the same gRPC services.",
          "每个团队都为同样的 gRPC 服务手写客户端。"},
         {{{"protoc code generation", "protoc 代码生成"},
           {"a shared hand-written SDK", "共享的手写 SDK"},
           {"an OpenAPI generator", "OpenAPI 生成器"}}},
         {{"client code per service", "每个服务的客户端代码"}, {"lines", "行"}, 2400, 0.2, true}},
        {"engineering_efficiency",
         "delivery",
         {"shorten deploys", "缩短部署时间"},
         {"A deploy takes forty minutes, most of it waiting for image builds.",
          "一次部署要四十分钟，大部分时间在等镜像构建。"},
         {{{"a layered image cache", "分层镜像缓存"},
           {"bigger build machines", "更大的构建机器"},
           {"batched releases", "合并发布"}}},
         {{"deploy time", "部署耗时"}, {"min", "分钟"}, 40, 0.6, false}},
        {"technical_judgment",
         "process",
         {"record decisions where people find them", "把决策记录在大家找得到的地方"},
         {"Design decisions are buried in chat threads and forgotten within months.",
          "设计决策埋没在聊天记录里，几个月后就没人记得。"},
         {{{"ADRs in the repository", "仓库内的 ADR"},
           {"project wiki pages", "项目 wiki 页面"},
           {"meeting minutes", "会议纪要"}}},
         {{"decisions with a written record", "有书面记录的决策"}, {"%", "%"}, 20, 4.5, true}},
        {"platform_reliability",
         "reliability",
         {"protect services from traffic spikes", "防止流量突增压垮服务"},
         {"A retry storm from one client took the order service down twice this quarter.",
          "本季度某个客户端的重试风暴两次打垮了订单服务。"},
         {{{"gateway rate limiting and circuit breaking", "网关限流与熔断"},
           {"per-client quotas", "按客户端配额"},
           {"autoscaling", "自动扩容"}}},
         {{"error rate at peak", "高峰期错误率"}, {"%", "%"}, 2.4, 0.1, false}},
        {"platform_reliability",
         "reliability",
         {"drive the work from SLOs", "让迭代由 SLO 驱动"},
         {"Alerts fire on CPU and memory, not on what users notice.",
          "告警盯着 CPU 和内存，而不是用户能感知到的问题。"},
         {{{"SLOs with error budgets", "带错误预算的 SLO"},
           {"more threshold alerts", "增加阈值告警"},
           {"a weekly manual review", "每周人工巡检"}}},
         {{"alert hours per week", "每周处理告警时长"}, {"h", "小时"}, 18, 0.5, false}},
        {"platform_reliability",
         "chaos",
         {"find failure modes before users do", "赶在用户之前发现故障模式"},
         {"Failover has never been exercised outside a real outage.",
          "故障切换除了真实事故之外从未演练过。"},
         {{{"monthly chaos experiments", "每月一次混沌实验"},
           {"a yearly disaster drill", "每年一次灾备演练"},
           {"stricter code review", "更严格的代码评审"}}},
         {{"MTTR", "平均恢复时间"}, {"min", "分钟"}, 45, 0.35, false}},
        {"influence",
         "sharing",
         {"share runtime tuning across teams", "在团队之间分享运行时调优经验"},
         {"Other teams repeat the GC and connection-pool tuning we did last year.",
          "其他团队在重复我们去年做过的 GC 和连接池调优。"},
         {{{"a quarterly tuning report", "季度调优报告"},
           {"an internal talk series", "内部分享系列"},
           {"a shared tuning library", "共享的调优库"}}},
         {{"teams reusing the tuning guide", "复用调优指南的团队"}, {"teams", "个"}, 1, 6, true}},
        {"technical_breadth",
         "cloud-native",
         {"automate database failover on Kubernetes", "在 Kubernetes 上自动完成数据库故障切换"},
         {"Failover of our stateful services is a manual runbook of twenty steps.",
          "有状态服务的故障切换是一份二十步的手工操作手册。"},
         {{{"a Kubernetes operator", "Kubernetes Operator"},
           {"Helm hooks and scripts", "Helm 钩子加脚本"},
           {"a scripted runbook", "脚本化的操作手册"}}},
         {{"failover time", "故障切换耗时"}, {"min", "分钟"}, 25, 0.1, false}},
        {"technical_breadth",
         "cloud-native",
         {"see network latency per connection", "观察每个连接的网络延迟"},
         {"Latency spikes between services do not show in application metrics.",
          "服务之间的延迟尖刺在应用指标里看不出来。"},
         {{{"eBPF probes", "eBPF 探针"},
           {"a service mesh sidecar", "服务网格 sidecar"},
           {"in-process timing", "应用内计时"}}},
         {{"RPC P99 latency", "RPC P99 延迟"}, {"ms", "毫秒"}, 420, 0.06, false}},
        {"collaboration_leadership",
         "team",
         {"answer reviews within 48 hours", "在 48 小时内回复代码评审"},
         {"Pull requests wait days for a first review, cross-team ones longest.",
          "PR 要等好几天才有第一次评审，跨团队的等得最久。"},
         {{{"a rotating review duty", "轮值评审"},
           {"fixed review slots", "固定的评审时段"},
           {"a review reminder bot", "评审提醒机器人"}}},
         {{"time to first review", "首次评审耗时"}, {"h", "小时"}, 60, 0.3, false}},
        {"collaboration_leadership",
         "team",
         {"bring new engineers up to speed sooner", "让新同事更快上手"},
         {"New engineers need six weeks before their first production change.",
          "新同事要六周才能提交第一个线上变更。"},
         {{{"a buddy with a starter project", "导师带入门项目"},
           {"a longer handbook", "更详细的手册"},
           {"on-call shadowing", "跟岗值班"}}},
         {{"time to first production change", "首次线上变更耗时"}, {"days", "天"}, 42, 0.35, true}},
    };
    return all;
}

const QList<DemoPhrase>& areas()
{
    static const QList<DemoPhrase> all{
        {"order service", "订单服务"},        {"payment gateway", "支付网关"},
        {"user profile API", "用户画像接口"}, {"search indexer", "搜索索引服务"},
        {"inventory service", "库存服务"},    {"API gateway", "API 网关"},
        {"message consumers", "消息消费者"},  {"recommendation service", "推荐服务"},
    };
    return all;
}

const QList<DemoPhrase>& pros()
{
    static const QList<DemoPhrase> all{
        {"the team already knows it", "团队已经熟悉"},
        {"there is no new service to run", "无需运维新服务"},
        {"its tooling and documentation are mature", "工具和文档成熟"},
        {"it is proven at our traffic", "在我们的流量下验证过"},
        {"the change is small and easy to roll back", "改动小，便于回滚"},
        {"the effect is measurable within one sprint", "一个迭代内就能看到效果"},
    };
    return all;
}

const QList<DemoPhrase>& cons()
{
    static const QList<DemoPhrase> all{
        {"it is one more component to operate", "多了一个需要运维的组件"},
        {"the team has to learn it first", "团队需要先学习"},
        {"it ties us to one vendor", "绑定单一供应商"},
        {"it adds moving parts to the request path", "请求链路上的环节更多"},
        {"it is hard to test on a laptop", "本地难以测试"},
        {"the gain is unproven at our scale", "在我们的规模下收益未经验证"},
    };
    return all;
}

const QList<DemoPhrase>& people()
{
    static const QList<DemoPhrase> all{
        {"Chen Jie", "陈杰"}, {"Wang Fang", "王芳"}, {"Liu Yang", "刘洋"},
        {"Zhao Lei", "赵磊"}, {"Sun Li", "孙丽"},    {"Zhou Min", "周敏"},
    };
    return all;
}

const DemoResult& costResult()
{
    static const DemoResult cost{{"resource cost", "资源成本"}, {"cores", "核"}, 64, 0.6, true};
    return cost;
}

QList<DemoPhrase> entryNotes(const QString& metricKey)
{
    if (metricKey == QLatin1String("delta_tech"))
        return {
            {"diffed two pprof heap profiles", "用 pprof 对比了两份堆内存快照"},
            {"bpftrace one-liners for syscall latency", "用 bpftrace 单行脚本查看系统调用延迟"},
            {"go test -fuzz on the request parser", "对请求解析器跑了 go test -fuzz"},
            {"kubectl debug with an ephemeral container", "用临时容器执行 kubectl debug"},
            {"read a GODEBUG=gctrace=1 trace end to end", "完整读懂了 GODEBUG=gctrace=1 的输出"},
            {"benchstat to compare benchmark runs", "用 benchstat 比较基准测试结果"},
        };
    if (metricKey == QLatin1String("delta_business"))
        return {
            {"mapped refund rules onto the order state machine", "把退款规则映射到订单状态机"},
            {"coupon stacking limits as a validation layer", "把优惠券叠加限制做成校验层"},
            {"settlement cut-off times in the batch design", "在批处理设计中体现结算截止时间"},
            {"inventory hold timeout agreed with operations", "和运营确定了库存预占超时"},
        };
    if (metricKey == QLatin1String("delta_resilience"))
        return {
            {"killed a Redis replica, fixed the reconnect loop",
             "杀掉一个 Redis 副本，修复了重连死循环"},
            {"added 300 ms latency to payments, added a timeout",
             "给支付注入 300 毫秒延迟，补上了超时"},
            {"cut the config center off for a minute, now the last good config is cached",
             "让配置中心中断一分钟，现在会缓存最后一份可用配置"},
            {"filled the disk of a consumer node, added an alert",
             "写满一个消费节点的磁盘，新增了告警"},
        };
    return {};
}

QString title(const DemoTopic& topic, int option, const DemoPhrase& area,
              const DemoPhrase* replacing, bool chinese, DemoRandom& random)
{
    const QString chosen = topic.options[std::size_t(option)].text(chinese);
    const QString where = area.text(chinese);
    if (replacing) {
        const QString old = replacing->text(chinese);
        return chinese ? QStringLiteral("%1以%2取代%3").arg(where, chosen, old)
                       : QStringLiteral("Replace %1 with %2 in the %3").arg(old, chosen, where);
    }
    const QString goal = topic.goal.text(chinese);
    if (chinese)
        return random.chance(0.5) ? QStringLiteral("%1采用%2，%3").arg(where, chosen, goal)
                                  : QStringLiteral("在%1引入%2").arg(where, chosen);
    switch (random.between(0, 2)) {
    case 0:
        return QStringLiteral("Use %1 to %2 in the %3").arg(chosen, goal, where);
    case 1:
        return QStringLiteral("Adopt %1 in the %2").arg(chosen, where);
    default:
        return QStringLiteral("Choose %1 to %2").arg(chosen, goal);
    }
}

QString outcome(const DemoTopic& topic, int option, bool chinese)
{
    const QString chosen = topic.options[std::size_t(option)].text(chinese);
    const QString goal = topic.goal.text(chinese);
    return chinese ? QStringLiteral("选择方案：“%1”，因为这是能%2、且效果可度量的代价最小的做法。")
                         .arg(chosen, goal)
                   : QStringLiteral("Chosen option: \"%1\", because it is the cheapest way to %2 "
                                    "that we can measure.")
                         .arg(chosen, goal);
}

QString consequences(const DemoPhrase& good, const DemoPhrase& bad, bool chinese)
{
    return chinese
               ? QStringLiteral("* 好处：%1。\n* 代价：%2。").arg(good.text(true), bad.text(true))
               : QStringLiteral("* Good, because %1.\n* Bad, because %2.")
                     .arg(good.text(false), bad.text(false));
}

QString evidenceReference(DemoRandom& random)
{
    static const QList<const char*> repositories{"order-service", "payment-gateway",
                                                 "config-center", "search-indexer", "go-common"};
    if (random.chance(0.4))
        return QStringLiteral("https://git.example.com/backend/%1/-/merge_requests/%2")
            .arg(QLatin1String(random.pick(repositories)))
            .arg(random.between(10, 4000));
    QString commit;
    for (int i = 0; i < 12; ++i)
        commit += QLatin1Char("0123456789abcdef"[random.between(0, 15)]);
    return commit;
}

} // namespace DemoPhrases
