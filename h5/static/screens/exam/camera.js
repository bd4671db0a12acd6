// The phone's front camera for the exam's face checks and in-exam photos: a live preview
// kept open for the whole exam and a frame captured as JPEG when the server's schedule asks.
// Opening the camera and grabbing a frame are the patient area's (screens/patient/camera.js,
// the identity check of record copies): one way to use the camera in the whole client.
// The server judges the photo (no face, several faces, another person).
import {closeCamera, grabFrame, openCamera} from '../patient/camera.js';

export class Camera {
  constructor() {
    this.stream = null;
    this.video = null;
  }

  // Start the camera into `video` (an HTMLVideoElement), reusing the open stream when the
  // screen moves it to another element. Rejects with a Chinese message.
  async start(video) {
    if (this.stream) {
      video.srcObject = this.stream;
      video.muted = true;
      video.setAttribute('playsinline', '');
      await video.play().catch(() => {});
      if (!video.videoWidth) await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, {once: true}));
    } else {
      this.stream = await openCamera(video);
    }
    this.video = video;
  }

  // The current frame as a JPEG Blob.
  async capture(quality = 0.9) {
    if (!this.video || !this.video.videoWidth) throw new Error('摄像头尚未就绪，请稍候再试');
    return await grabFrame(this.video, quality);
  }

  stop() {
    closeCamera(this.stream);
    this.stream = null;
    if (this.video) this.video.srcObject = null;
    this.video = null;
  }
}
