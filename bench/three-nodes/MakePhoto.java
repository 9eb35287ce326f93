import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** A 1400×900 JPEG for the three-node run (java bench/three-nodes/MakePhoto.java FILE). */
public class MakePhoto {
    public static void main(String[] args) throws Exception {
        BufferedImage image = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(28, 79, 140), 1400, 900, new Color(240, 190, 70)));
        g.fillRect(0, 0, 1400, 900);
        g.dispose();
        ImageIO.write(image, "jpg", new File(args[0]));
    }
}
