package org.copydesk.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;

/**
 * The sample's photos: each scene drawn by {@link CityScenes} or {@link LifeScenes} with a fixed seed, encoded as a
 * JPEG and captioned in news style (3:2 landscape, 1800 x 1200, the full-width one 2850 x 1900: each prints at 200 ppi or more where the sample places it, as a press check asks; the portrait is 4:5). Same input, same bytes, same sha256 on every run.
 */
final class SamplePhotos {

    static final int WIDTH = 1800;
    static final int HEIGHT = 1200;

    /** One photo of the sample: its key (used by the make-up), scene, seed, size and caption. */
    record Shot(String key, Consumer<SceneCanvas> scene, long seed, int width, int height, Caption caption) {
        /** A landscape 3:2 news picture. */
        Shot(String key, Consumer<SceneCanvas> scene, long seed, Caption caption) {
            this(key, scene, seed, WIDTH, HEIGHT, caption);
        }
    }

    static final List<Shot> SHOTS = List.of(
            new Shot("bridge", CityScenes::bridge, 11,
                    news("11月26日清晨，车辆和市民从澜江二桥上通过。澜江二桥主跨628米，是我市第二座跨越澜江的城市主干通道。", "李明")),
            new Shot("skyline", CityScenes::skyline, 12,
                    agency("11月24日傍晚，南湖区华灯初上，江澜新区的高楼群与澜江相映成趣。", "新华社发")),
            new Shot("market", CityScenes::market, 13,
                    news("改造后的鼓楼农贸市场，摊位整齐，市民在挑选新鲜蔬菜。", "陈晓")),
            new Shot("old-street", CityScenes::oldStreet, 20,
                    news("修缮后的桂花巷恢复了青石板路面，巷口的百年桂树下成了居民歇脚的地方。", "许文")),
            new Shot("port", CityScenes::port, 14,
                    news("11月24日，江澜港阳逻作业区，桥吊正在为“江澜—上海”江海联运班轮装卸集装箱。", "赵刚")),
            new Shot("reading-room", LifeScenes::readingRoom, 15,
                    news("11月22日晚，市民在江澜市图书馆“城市书房”夜读。", "何丽")),
            new Shot("schoolyard", LifeScenes::schoolyard, 21,
                    news("11月24日下午，澜江路小学的学生在课后服务时间进行篮球训练。", "冯雪")),
            new Shot("portrait", LifeScenes::portrait, 16, 800, 1000,
                    new Caption("江澜竹编代表性传承人　周德海", "", "", CaptionKind.PORTRAIT)),
            new Shot("bamboo", LifeScenes::bambooWorkshop, 17,
                    news("周德海工作室里，编织中的竹编作品和完成的竹篮。", "孙磊")),
            new Shot("lanterns", LifeScenes::lanterns, 22,
                    news("桂花巷竹编传习所门前挂起的竹编灯笼。", "孙磊")),
            new Shot("stadium", CityScenes::stadium, 18,
                    news("11月23日，2026江澜马拉松的选手们在市体育中心完成最后一圈冲刺。", "刘洋")),
            new Shot("lotus-field", LifeScenes::lotusField, 23,
                    news("白鹭洲的藕农在藕塘里挖藕。每年11月到次年3月是江澜挖藕的旺季。", "何丽")),
            // printed across the whole page, so drawn larger to keep 200 ppi or more in print
            new Shot("river-landscape", LifeScenes::riverLandscape, 19, 2850, 1900,
                    news("澜江上游，冬日的渡口。", "吴越")));

    private SamplePhotos() {
    }

    private static Caption news(String text, String photographer) {
        return new Caption(text, photographer, "", CaptionKind.NEWS);
    }

    private static Caption agency(String text, String credit) {
        return new Caption(text, "", credit, CaptionKind.NEWS);
    }

    /** Draws and encodes every photo of the edition. */
    static List<Photo> create(String editionId) {
        return SHOTS.stream().map(shot -> create(shot, editionId)).toList();
    }

    static String photoId(String key) {
        return SampleIds.of("photo", key);
    }

    private static Photo create(Shot shot, String editionId) {
        SceneCanvas canvas = new SceneCanvas(shot.width(), shot.height(), shot.seed());
        shot.scene().accept(canvas);
        byte[] jpeg = encodeJpeg(canvas.finish());
        return new Photo(photoId(shot.key()), editionId, shot.key() + ".jpg", "image/jpeg", jpeg, sha256(jpeg),
                shot.width(), shot.height(), shot.caption());
    }

    private static byte[] encodeJpeg(java.awt.image.BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a sample photo", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
