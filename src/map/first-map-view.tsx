/**
 * The first map view: a picture of Milan drawn at build time (scripts/open-data/first-view.ts)
 * with the spaces' marker buttons over it, placed by CSS alone exactly where MapLibre will put
 * them, so that it shows in the prerendered page at first paint and the map replaces it without a
 * jump. Its markers work like the map's: choosing a space before the map has arrived is not lost.
 *
 * A large programme's spaces (marker-mode.ts) are dots shaped by area instead, drawn as three
 * paths whatever their number, with the open space's button over them.
 *
 * Around every space (the usual first view), the picture is fitted into the map's area the way
 * MapLibre fits bounds with `fitPadding`, with CSS container units; at a given centre and zoom (a
 * link's view), it is placed from the centre in pixels.
 */
import { useMemo } from 'react';
import type { Space } from '../spaces/types.ts';
import type { MapView } from '../state/url-state.ts';
import { FIRST_VIEW_FILE, BASEMAP_PATH } from './bundled-basemap-format.ts';
import type { FirstCamera } from './camera.ts';
import { frameOf, placeIn } from './first-view-frame.ts';
import { CITY_BOX } from './first-view-geometry.ts';
import { streetsBox, streetsPath } from './first-view-streets.ts';
import { FirstViewDots, FirstViewMarker } from './first-view-markers.tsx';
import { useMarkerOffsets, useWidth } from './use-marker-offsets.ts';
import { usePanZoom } from './use-pan-zoom.ts';

interface Props {
  camera: FirstCamera;
  spaces: readonly Space[];
  selectedId: string | null;
  /** In presentation mode, the spaces the step puts forward; the others are dimmed. */
  highlighted: ReadonlySet<string> | null;
  onChoose: (id: string, button: HTMLElement) => void;
  /** Dots rather than a button per space (marker-mode.ts). */
  dots: boolean;
  /** A person moved the view (a drag, a pinch, the wheel): the camera it shows now. */
  onMoved: (view: MapView) => void;
  /** True while a finger or a pressed mouse button is on the view: the map waits to take over. */
  onGesture: (active: boolean) => void;
}

export function FirstMapView({
  camera,
  spaces,
  selectedId,
  highlighted,
  onChoose,
  dots,
  onMoved,
  onGesture,
}: Props) {
  const { frame, outer, inner } = useMemo(() => frameOf(camera), [camera]);
  const fitted = frame !== CITY_BOX;
  const { area, pan, box, settledScale, handlers } = usePanZoom(camera, frame, onMoved, onGesture);
  const offsets = useMarkerOffsets(frame, spaces, useWidth(box), settledScale, dots);
  const selected = spaces.find((s) => s.id === selectedId);
  return (
    <div className="first-view" data-first-view="" ref={area} {...handlers}>
      <div className="first-view__pan" ref={pan}>
        <div
          className={fitted ? 'first-view__frame first-view__frame--fit' : 'first-view__frame'}
          style={outer}
        >
          <div
            className={fitted ? 'first-view__box first-view__box--fit' : 'first-view__box'}
            style={inner}
            ref={box}
          >
            <img
              className="first-view__city"
              src={`${import.meta.env.BASE_URL}${BASEMAP_PATH}${FIRST_VIEW_FILE}`}
              alt=""
              style={placeIn(frame, CITY_BOX)}
            />
            {selected && (
              // The streets around the open space, named (the build draws them: src/map/first-view-streets.ts).
              <img
                key={selected.id}
                className="first-view__streets"
                src={`${import.meta.env.BASE_URL}${streetsPath(selected.id)}`}
                alt=""
                style={placeIn(frame, streetsBox(selected))}
              />
            )}
            {dots && <FirstViewDots frame={frame} spaces={spaces} />}
            {(dots ? spaces.filter((s) => s.id === selectedId) : spaces).map((space) => (
              <FirstViewMarker
                key={space.id}
                frame={frame}
                dx={offsets.get(space.id)?.dx ?? 0}
                dy={offsets.get(space.id)?.dy ?? 0}
                space={space}
                selected={space.id === selectedId}
                dimmed={highlighted ? !highlighted.has(space.id) : false}
                onChoose={onChoose}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
