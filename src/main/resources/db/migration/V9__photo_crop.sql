-- Copydesk schema 9: a photo frame may crop its picture to fill the frame (issue 10). The crop is
-- the frame's, not the photo's: the same photo can be cropped differently on two pages. NULL in all
-- three columns shows the whole picture, as every frame did before.

ALTER TABLE placements ADD COLUMN crop_focus_x DOUBLE PRECISION;
ALTER TABLE placements ADD COLUMN crop_focus_y DOUBLE PRECISION;
ALTER TABLE placements ADD COLUMN crop_zoom DOUBLE PRECISION;
