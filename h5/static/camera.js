// The phone's front camera, one module for the whole client: the exam's face checks and
// in-exam photos (screens/exam/take.js) and the record-copy identity check
// (screens/patient/records.js). A live preview that can move between <video> elements, and
// one frame out as a JPEG; the server judges the photo (no face, several faces, another person).

export async function openCamera(video) {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    throw new Error('当前浏览器无法使用摄像头，请在微信或系统浏览器中打开');
  }
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'user'}, audio: false});
  } catch (e) {
    throw new Error(e && e.name === 'NotAllowedError' ? '请允许使用摄像头后重试' : '无法打开摄像头，请检查设备后重试');
  }
  video.srcObject = stream;
  video.muted = true;
  video.setAttribute('playsinline', '');
  await video.play();
  if (!video.videoWidth) await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, {once: true}));
  return stream;
}

export function closeCamera(stream) {
  if (stream) stream.getTracks().forEach((t) => t.stop());
}

/** The current frame as a JPEG Blob. */
export function grabFrame(video, quality = 0.92) {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob(
    (blob) => (blob ? resolve(blob) : reject(new Error('拍照失败，请重试'))), 'image/jpeg', quality));
}

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
