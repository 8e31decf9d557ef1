package io.consentgateway.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The suite's chart: for every figure, the gateway's speed relative to its baseline from the same run (throughput
 * ÷ baseline throughput, or baseline time ÷ time), on a log scale so 0.001 and 0.8 both show; 1 is the baseline.
 */
final class SuiteChart {

    Path draw(List<Measurement> measurements, Instant started, MachineFacts machine, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Measurement m : measurements) {
            data.addValue(relativeSpeed(m), "gateway", m.benchmark() + ": " + m.measure());
        }
        LogAxis speed = new LogAxis("gateway speed ÷ baseline speed (same run; 1 = as fast as the baseline)");
        double slowest = measurements.stream()
                .mapToDouble(SuiteChart::relativeSpeed)
                .min()
                .orElse(0.1);
        speed.setRange(Math.pow(10, Math.floor(Math.log10(Math.min(slowest, 0.1)))), 2);
        speed.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
        CategoryAxis figures = new CategoryAxis();
        figures.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        figures.setMaximumCategoryLabelWidthRatio(0.6f);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setSeriesPaint(0, new Color(0x2E, 0x6F, 0xA7));
        bars.setShadowVisible(false);
        bars.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat("0.####")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryPlot plot = new CategoryPlot(data, figures, speed, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker baseline = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(2f));
        plot.addRangeMarker(baseline);
        JFreeChart chart = new JFreeChart(
                String.format(
                        Locale.ROOT,
                        "Consent gateway vs same-run baselines — %s, %d cores, Java %s",
                        started.atZone(ZoneOffset.UTC).toLocalDate(),
                        machine.processors(),
                        machine.javaVersion()),
                new Font(Font.SANS_SERIF, Font.BOLD, 14),
                plot,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1200, 120 + 34 * Math.max(1, measurements.size()));
        return file;
    }

    static double relativeSpeed(Measurement m) {
        return m.higherIsBetter() ? m.ratio() : 1 / m.ratio();
    }
}
